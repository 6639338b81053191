# expect: crash
"""Shearing-shed throughput: a checkpointer evaluates the model (eval mode) and keeps a deep copy of the best one;
the fine-tuning phase trains that copy through `run_epoch(model, ...)`. Only the first phase calls
`model.train()`, so the copy, made in eval mode, trains with its GRU in eval mode."""
import copy

import torch
import torch.nn.functional as F


class ShedNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = torch.nn.GRU(4, 6, batch_first=True)
        self.out = torch.nn.Linear(6, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Checkpointer:
    def __init__(self):
        self.best = float("inf")
        self.model = None

    def evaluate(self, model, x, y):
        model.eval()
        with torch.no_grad():
            loss = F.l1_loss(model(x), y).item()
        if loss < self.best:
            self.best, self.model = loss, copy.deepcopy(model)
        return loss


def run_epoch(model, opt, batches):
    for x, y in batches:
        loss = F.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(5)
    x, y = torch.randn(4, 6, 4), torch.rand(4, 1)
    ckpt = Checkpointer()
    model = ShedNet()
    plan = [("fit", 2), ("finetune", 2)]
    for phase, epochs in plan:
        if phase == "finetune":
            model = ckpt.model
        else:
            model.train()
        opt = torch.optim.SGD(model.parameters(), lr=0.01)
        for epoch in range(epochs):
            train_loss = run_epoch(model, opt, [(x, y), (x, y)])
            val_loss = ckpt.evaluate(model, x, y)
            print(phase, epoch, train_loss, val_loss)


main()
