import torch

__all__ = ["prepare", "make_batches", "fit"]

# the public name `prepare` is the training variant; the eval variant stays private


def _prepare_frozen(model):
    """Freeze the normalisation statistics before fine-tuning on a small fleece batch."""
    model.eval()
    return model


def prepare(model):
    model.train()
    return model


def make_batches(n, b=4, t=5):
    return [(torch.randn(b, t, 3), torch.randint(0, 2, (b,))) for _ in range(n)]


def fit(model, batches):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in batches:
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()
