import torch
import torch.nn.functional as F


def fit(engine):
    engine.model.train()
    for _ in range(engine.cfg["epochs"]):
        for x, y in engine.train_data:
            engine.opt.zero_grad()
            loss = F.mse_loss(engine.model(x), y)
            loss.backward()
            engine.opt.step()
    return {"train_mse": round(loss.item(), 4)}


@torch.no_grad()
def score(engine):
    engine.model.eval()
    errs = [F.mse_loss(engine.model(x), y).item() for x, y in engine.test_data]
    return {"test_mse": round(sum(errs) / len(errs), 4)}


def adapt(engine):
    # self-supervised target: predict the mean of the last frame
    deltas = []
    for x, _ in engine.test_data:
        engine.adapt_step(x)
        deltas.append(engine.last_adapt_loss)
    return {"adapt_loss": round(sum(deltas) / len(deltas), 4)}


PHASES = {"fit": fit, "score": score, "adapt": adapt}
