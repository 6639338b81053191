# expect: crash
"""FastAPI-like online-learning service for session-based next-click prediction: a tiny router with `@app.post`
async handlers, a dependency-injected Learner singleton. /predict ranks items (eval + no_grad); /feedback does one
SGD step on the clicked item. Requests are replayed with asyncio.run."""
import asyncio
from service.routes import app


async def replay():
    reqs = [("POST", "/feedback", {"session": [1, 4, 2], "clicked": 3}),
            ("POST", "/predict", {"session": [1, 4, 2, 3]}),
            ("POST", "/feedback", {"session": [2, 3], "clicked": 7})]
    for method, path, body in reqs:
        resp = await app.handle(method, path, body)
        print(path, resp)


if __name__ == "__main__":
    asyncio.run(replay())
