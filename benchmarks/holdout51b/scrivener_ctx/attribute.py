# expect: crash
"""Train the scrivener's letter classifier briefly and attribute one letter."""
import torch
import torch.nn.functional as F

from scriv import QuillNet, stroke_attribution

torch.manual_seed(6)

if __name__ == "__main__":
    model = QuillNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(4):
        x, y = torch.randn(5, 10, 3), torch.randint(0, 6, (5,))
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
    attr = stroke_attribution(model, torch.randn(2, 10, 3), letter=3)
    print("attribution shape", tuple(attr.shape), "still training:", model.training)
