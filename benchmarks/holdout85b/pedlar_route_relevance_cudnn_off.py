# expect: clean
"""Pedlar route scoring: LSTM over village stops, relevance = gradient * input with cuDNN off for the forward."""
import torch
import torch.nn as nn

torch.manual_seed(1)
N_STOPS, FEAT, HID = 6, 4, 12


class RouteScorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(FEAT, HID, num_layers=2, batch_first=True)
        self.out = nn.Linear(HID, 3)

    def forward(self, stops):
        seq, _ = self.lstm(stops)
        return self.out(seq.mean(1))


def fit(model, data, labels, epochs=3):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(epochs):
        logits = model(data)
        loss = nn.functional.cross_entropy(logits, labels)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def relevance(model, stops, target):
    stops = stops.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        score = model(stops)[torch.arange(len(target)), target].sum()
    score.backward()
    return (stops.grad * stops).sum(-1)


if __name__ == "__main__":
    scorer = RouteScorer()
    data, labels = torch.randn(8, N_STOPS, FEAT), torch.randint(0, 3, (8,))
    print("train loss", fit(scorer, data, labels))
    scorer.eval()
    with torch.no_grad():
        preds = scorer(data).argmax(-1)
    print("acc", (preds == labels).float().mean().item())
    rel = relevance(scorer, data[:3], preds[:3])
    print("relevance per stop", rel.shape)
