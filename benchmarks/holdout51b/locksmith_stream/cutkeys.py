# expect: clean
"""Fit the bitting regressor from a mode-owning batch stream."""
import torch
import torch.nn.functional as F

from keycut import BittingNet, phase_stream

if __name__ == "__main__":
    torch.manual_seed(12)
    model = BittingNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    val_losses = []
    for phase, (x, y) in phase_stream(model, epochs=3):
        if phase == "val":
            with torch.no_grad():
                val_losses.append(F.l1_loss(model(x), y).item())
            continue
        loss = F.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("val L1 per epoch", [round(v, 3) for v in val_losses])
