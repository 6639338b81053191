import copy
import torch
from .app import app
from .models import get_model

_OPTS = {}


@app.task(name="fit")
def fit(model_name, steps=1):
    model = get_model(model_name)
    opt = _OPTS.setdefault(model_name, torch.optim.Adam(model.parameters(), 1e-3))
    for _ in range(steps):
        x = torch.randn(4, 6, 3)
        loss = (model(x) - x).pow(2).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    return round(loss.item(), 4)


@app.task(name="predict")
def predict(model_name):
    snapshot = copy.deepcopy(get_model(model_name)).eval()
    with torch.inference_mode():
        x = torch.randn(2, 6, 3)
        return (snapshot(x) - x).pow(2).mean((1, 2)).tolist()


@app.task(name="score")
def score(model_name):
    model = get_model(model_name)
    with torch.no_grad():
        return round((model(torch.randn(1, 6, 3))).abs().mean().item(), 4)
