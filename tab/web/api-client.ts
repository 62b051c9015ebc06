import type {
  ChannelUnitRequest,
  FeedbackRequest,
  FeedbackResults,
  FeedbackSavedResponse,
  ItemPlace,
  MeResponse,
  MyFeedbackResponse,
  SearchResponse,
  UnitSummary,
  UnitView,
  WholeStrategyView,
} from "../api/tab-api-contract.ts";
import type { SignIn } from "./sign-in.ts";

/** The API said no: its status and its `{ error }` message (or the status text). */
export class TabApiError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.name = "TabApiError";
    this.status = status;
  }
}

/** The tab API (`/api/tab/…`, see `tab/api/tab-api-contract.ts`), typed by the shared contract. */
export interface TabApi {
  me(): Promise<MeResponse>;
  units(): Promise<UnitSummary[]>;
  view(unit: string): Promise<UnitView | WholeStrategyView>;
  itemPlace(itemId: string): Promise<ItemPlace>;
  search(question: string): Promise<SearchResponse>;
  myFeedback(unit: string): Promise<MyFeedbackResponse>;
  saveFeedback(request: FeedbackRequest): Promise<FeedbackSavedResponse>;
  results(unit: string): Promise<FeedbackResults>;
  resultsCsv(unit: string, language: "da" | "en"): Promise<Blob>;
  setChannelUnit(request: ChannelUnitRequest): Promise<void>;
}

/** A client that sends the sign-in's token, when there is one, with every request. */
export function createTabApi(signIn: SignIn, base = "/api/tab"): TabApi {
  const request = async (method: "GET" | "PUT", path: string, body?: unknown): Promise<Response> => {
    const token = await signIn.token();
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(base + path, {
      method,
      headers,
      credentials: "same-origin",
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new TabApiError(response.status, await errorMessage(response));
    return response;
  };
  const json = async <T>(method: "GET" | "PUT", path: string, body?: unknown): Promise<T> =>
    (await request(method, path, body)).json() as Promise<T>;
  const query = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`;
  return {
    me: () => json("GET", "/me"),
    units: () => json("GET", "/units"),
    view: (unit) => json("GET", `/view?${query("unit", unit)}`),
    itemPlace: (itemId) => json("GET", `/item-place?${query("id", itemId)}`),
    search: (question) => json("GET", `/search?${query("q", question)}`),
    myFeedback: (unit) => json("GET", `/feedback?${query("unit", unit)}`),
    saveFeedback: (body) => json("PUT", "/feedback", body),
    results: (unit) => json("GET", `/results?${query("unit", unit)}`),
    resultsCsv: async (unit, language) =>
      (await request("GET", `/results.csv?${query("unit", unit)}&${query("lang", language)}`)).blob(),
    setChannelUnit: async (body) => {
      await request("PUT", "/channel-unit", body);
    },
  };
}

async function errorMessage(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const error = (JSON.parse(text) as { error?: unknown }).error;
    if (typeof error === "string" && error) return error;
  } catch {
    // Not the API's JSON (a proxy's error page): fall through to the status text.
  }
  return response.statusText || `HTTP ${response.status}`;
}
