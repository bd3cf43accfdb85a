import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),

  // Account
  route("login", "routes/account/login.tsx"),
  route("logout", "routes/account/logout.tsx"),

  // A regio and everything in it
  route("r/:regio", "routes/regio/layout.tsx", [
    index("routes/regio/start.tsx"),
    route("visie", "routes/regio/visie.tsx"),
    route("plannen", "routes/regio/plannen.tsx"),
  ]),

  route("*", "routes/niet-gevonden.tsx"),
] satisfies RouteConfig;
