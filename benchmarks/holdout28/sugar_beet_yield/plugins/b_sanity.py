import torch


def on_start(model, x):
    model.eval()
    with torch.no_grad():
        out = model(x)
    assert torch.isfinite(out).all()
    print("sanity ok")
