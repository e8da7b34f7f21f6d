/// <reference types="@remix-run/dev" />

import "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Client address as seen by the server (proxy-aware when TRUST_PROXY is set). */
    ip: string;
    /** Per-request nonce for the Content-Security-Policy. */
    cspNonce: string;
    /** Rendering a public page shared by every signed-in reader with the same roles (response cache). */
    sharedRender?: boolean;
    /** A document request (not `?_data`): loaders may hand their data to the render without a Response (page-data.server.ts). */
    documentRequest?: boolean;
  }
}
