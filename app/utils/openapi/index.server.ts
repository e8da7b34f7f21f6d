// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json,
// assembled from one piece per resource. tests/openapi.db.test.ts checks that
// every API route is described and that real responses match the schemas.
import { cataloguePaths, catalogueSchemas } from "../../models/catalogues/openapi";
import { errorSchema } from "./common";
import { contentPaths, contentSchemas } from "../../models/documents/openapi";
import { loopPaths, loopSchemas } from "../../models/loop/openapi.server";
import { openDataPaths } from "../../models/platform/openapi";
import { participationPaths, participationSchemas } from "../../models/participation/openapi";
import { studioPaths, studioSchemas } from "../../models/studios/openapi";
import { securitySchemes, tokenPaths, tokenSchemas } from "../../models/directory/openapi";

export const openapi = {
  openapi: "3.1.0",
  info: {
    title: "协商 Xieshang API",
    version: "1.0.0",
    description:
      "Published reports and proposals, their recommendations, departments and organisations, the proposal loop, " +
      "disclosure catalogues, member studios, public participation (consultation topics, opinions, supports, proposal leads), and search over them. Lists use cursor pagination; errors are {error:{code,message}}.",
  },
  servers: [{ url: "/" }],
  paths: { ...contentPaths, ...loopPaths, ...tokenPaths, ...cataloguePaths, ...studioPaths, ...participationPaths, ...openDataPaths },
  components: {
    schemas: { Error: errorSchema, ...contentSchemas, ...loopSchemas, ...tokenSchemas, ...catalogueSchemas, ...studioSchemas, ...participationSchemas },
    securitySchemes,
  },
};
