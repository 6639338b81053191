# expect: clean
"""`begin_eval(model)` switches the model to eval mode and turns gradients off with a bare
`torch.set_grad_enabled(False)` statement; `end_eval(model)` turns them back on and trains again. The pseudo-labels
made between the two build no graph, so the eval-mode forward meets no backward (the twin whose begin_eval leaves
gradients on crashes)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def begin_eval(model):
    model.eval()
    torch.set_grad_enabled(False)


def end_eval(model):
    torch.set_grad_enabled(True)
    model.train()


def main():
    model = nn.GRU(3, 5, batch_first=True)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
    unlabelled = torch.randn(4, 6, 3)
    begin_eval(model)
    pseudo, _ = model(unlabelled)
    end_eval(model)
    out, _ = model(unlabelled)
    loss = F.mse_loss(out, pseudo.round()) + F.mse_loss(pseudo, out.detach())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(loss.item())


if __name__ == "__main__":
    main()
