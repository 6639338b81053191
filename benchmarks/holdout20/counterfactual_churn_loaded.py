# expect: crash
"""Counterfactual explanation for a churn-like GRU classifier: find the smallest
change to a customer's monthly activity sequence that flips the prediction.
The trained model is loaded for inference (eval) and the sequence is optimised."""
import io
import torch
import torch.nn as nn

torch.manual_seed(6)


class ActivityGRU(nn.Module):
    def __init__(self, n_feat=3, hid=8):
        super().__init__()
        self.gru = nn.GRU(n_feat, hid, batch_first=True, num_layers=2, dropout=0.1)
        self.clf = nn.Linear(hid, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.clf(h[-1]).squeeze(-1)


def load_for_inference(blob):
    model = torch.load(io.BytesIO(blob), weights_only=False)
    return model.eval()


def counterfactual(model, x0, target=1.0, lam=0.1, steps=5):
    x = x0.clone().requires_grad_(True)
    opt = torch.optim.Adam([x], lr=0.1)
    for _ in range(steps):
        logit = model(x)
        loss = nn.functional.binary_cross_entropy_with_logits(logit, torch.full_like(logit, target))
        loss = loss + lam * (x - x0).abs().sum()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return x.detach()


if __name__ == "__main__":
    trained = ActivityGRU()
    buf = io.BytesIO()
    torch.save(trained, buf)
    model = load_for_inference(buf.getvalue())
    customer = torch.randn(1, 6, 3)
    cf = counterfactual(model, customer)
    print("change per month:", (cf - customer).abs().sum(-1).squeeze().tolist())
