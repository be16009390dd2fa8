export * from "./auth";
export * from "./tenancy";
export * from "./audit";
export * from "./security";
export * from "./mail";
export * from "./brand";
export * from "./content";
export * from "./ai";
