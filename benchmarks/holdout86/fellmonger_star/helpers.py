import torch

__all__ = ["prepare", "make_batches", "fit"]


def prepare(model):
    """Freeze the normalisation statistics before fine-tuning on a small fleece batch."""
    model.eval()
    return model


def prepare_for_training(model):
    model.train()
    return model


def make_batches(n, b=4, t=5):
    return [(torch.randn(b, t, 3), torch.randint(0, 2, (b,))) for _ in range(n)]


def fit(model, batches):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for x, y in batches:
        opt.zero_grad()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
