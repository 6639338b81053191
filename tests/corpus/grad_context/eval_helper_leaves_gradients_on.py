# expect: crash
"""`begin_eval(model)` switches the model to eval mode but leaves gradients on; `end_eval(model)` trains again.
The pseudo-labels made between the two are part of the graph (the loss also pulls them toward the output), so the
backward runs through the GRU's eval-mode forward (the twin whose begin_eval turns gradients off is clean)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def begin_eval(model):
    model.eval()


def end_eval(model):
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
    loss.backward()  # TM001-here
    optimizer.step()
    print(loss.item())


if __name__ == "__main__":
    main()
