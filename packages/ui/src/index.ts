/** @apparatus/ui */
export {};
