import asyncio
from .framework import App, Depends
from .learner import get_learner

app = App()


@app.post("/predict")
async def predict(body, learner=Depends(get_learner)):
    await asyncio.sleep(0)
    return {"items": learner.predict(body["session"])}


@app.post("/feedback")
async def feedback(body, learner=Depends(get_learner)):
    await asyncio.sleep(0)
    loss = learner.partial_fit(body["session"], body["clicked"])
    return {"loss": round(loss, 4)}
