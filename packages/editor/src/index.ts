/** @apparatus/editor */
export {};
