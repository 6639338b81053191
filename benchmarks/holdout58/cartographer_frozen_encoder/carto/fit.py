import torch
import torch.nn.functional as F


def traverse_batch(bs=5, t=7):
    x = torch.randn(bs, t, 3)
    y = torch.bucketize(x[:, :, 2].mean(1), torch.tensor([-0.2, 0.2]))
    return x, y


def fit(model, epochs=1, steps=3):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    for _ in range(epochs):
        model.train()
        for _ in range(steps):
            x, y = traverse_batch()
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    model.eval()
    with torch.no_grad():
        x, y = traverse_batch(bs=8)
        return (model(x).argmax(-1) == y).float().mean().item()
