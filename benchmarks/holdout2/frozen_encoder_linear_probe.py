# expect: clean
# category: near-miss
"""Linear probe on a frozen, pretrained LSTM encoder (frozen embeddings too); only the probe is trained."""
import torch
import torch.nn as nn

torch.manual_seed(54)


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(30, 10)
        self.lstm = nn.LSTM(10, 16, num_layers=2, batch_first=True)

    def forward(self, ids):
        return self.lstm(self.tok(ids))[0][:, -1]


encoder = Encoder()
encoder.requires_grad_(False)
encoder.eval()
probe = nn.Linear(16, 3)
opt = torch.optim.LBFGS(probe.parameters(), lr=0.5, max_iter=5)
ids, labels = torch.randint(0, 30, (20, 9)), torch.randint(0, 3, (20,))


def closure():
    opt.zero_grad()
    loss = nn.functional.cross_entropy(probe(encoder(ids)), labels)
    loss.backward()
    return loss


for epoch in range(2):
    loss = opt.step(closure)
    print(f"epoch {epoch}: probe loss {loss.item():.4f}")
