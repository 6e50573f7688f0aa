/** @apparatus/formats */
export {};
