# expect: crash
"""A module-level global model; validate() puts it in eval mode without taking it as an argument."""
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.LSTM(3, 9, batch_first=True)
head = nn.Linear(9, 1)
optimizer = torch.optim.Adam(list(model.parameters()) + list(head.parameters()), lr=1e-2)


def validate():
    model.eval()
    with torch.no_grad():
        out, _ = model(torch.randn(2, 5, 3))
        return head(out[:, -1]).mean().item()


def train_epoch():
    x, y = torch.randn(6, 5, 3), torch.randn(6, 1)
    out, _ = model(x)
    loss = nn.functional.mse_loss(head(out[:, -1]), y)
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    return loss.item()


for epoch in range(3):
    print(f"epoch {epoch}: train {train_epoch():.3f} val {validate():.3f}")
