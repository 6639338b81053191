# expect: clean
"""Fletching: arrow-flight deviation model; connection-sensitivity pruning scores for the head on a validation batch."""
import logging

import torch
from torch import nn

log = logging.getLogger("fletcher")
CONFIG = {"hidden": 8, "keep": 0.7, "epochs": 2, "lr": 1e-2}


class FlightNet(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        out, _ = self.rnn(x)
        return self.head(out[:, -1])


def prunable(model):
    # only the output layer is pruned; the recurrent weights are left dense
    return [p for n, p in model.head.named_parameters() if "weight" in n]


def snip_scores(model, batch):
    model.eval()
    x, y = batch
    loss = nn.functional.mse_loss(model(x), y)
    params = prunable(model)
    grads = torch.autograd.grad(loss, params)
    return [(g * p).abs().detach() for g, p in zip(grads, params)]


def masks_from_scores(scores, keep):
    flat = torch.cat([s.flatten() for s in scores])
    k = max(1, int(keep * flat.numel()))
    thresh = flat.topk(k).values[-1]
    return [(s >= thresh).float() for s in scores]


def train(model, data, masks, epochs, lr):
    params = prunable(model)
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for epoch in range(epochs):
        model.train()
        for x, y in data:
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
            with torch.no_grad():
                for p, m in zip(params, masks):
                    p.mul_(m)
        log.info("epoch %d loss %.4f", epoch, loss.item())
    return loss.item()


def main():
    torch.manual_seed(9)
    model = FlightNet(CONFIG["hidden"])
    val = (torch.randn(4, 6, 4), torch.randn(4, 2))
    data = [(torch.randn(4, 6, 4), torch.randn(4, 2)) for _ in range(2)]
    masks = masks_from_scores(snip_scores(model, val), CONFIG["keep"])
    print("kept", sum(int(m.sum()) for m in masks), "loss", round(train(model, data, masks, CONFIG["epochs"], CONFIG["lr"]), 4))


if __name__ == "__main__":
    main()
