/** @apparatus/store */
export {};
