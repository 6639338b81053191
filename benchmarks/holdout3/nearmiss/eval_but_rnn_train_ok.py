# expect: clean
# category: nearmiss
"""Input-gradient attributions for a deployed model: eval() for the dropout/norm layers, the RNN put back in train."""
import torch
from torch import nn

torch.manual_seed(70)


class ChurnModel(nn.Module):
    def __init__(self, n_events=6, hidden=12):
        super().__init__()
        self.input_norm = nn.LayerNorm(n_events)
        self.rnn = nn.LSTM(n_events, hidden, batch_first=True)  # single layer: no inter-layer dropout
        self.dropout = nn.Dropout(0.5)
        self.head = nn.Linear(hidden, 1)

    def forward(self, events):
        out, _ = self.rnn(self.input_norm(events))
        return self.head(self.dropout(out[:, -1])).squeeze(-1)


model = ChurnModel()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(3):
    x = torch.randn(8, 9, 6)
    opt.zero_grad()
    nn.functional.binary_cross_entropy_with_logits(model(x), (x[:, :, 0].mean(1) > 0).float()).backward()
    opt.step()

model.eval()
model.rnn.train()  # cuDNN needs the recurrent layer in training mode to differentiate; it has no dropout

customers = torch.randn(3, 9, 6, requires_grad=True)
scores = model(customers)
scores.sum().backward()
importance = (customers.grad * customers).abs().sum(1).detach()
for i, row in enumerate(importance):
    top = row.argmax().item()
    print(f"customer {i}: churn logit {scores[i].item():+.2f}, most influential event type {top}")
assert model.dropout.training is False
