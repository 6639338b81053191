# expect: clean
# category: near-miss
"""Image-feature captioner with an LSTMCell decoder and attention (Show-Attend-Tell style); the decoder is
fine-tuned with dropout disabled (eval mode), stepping the cell by hand."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(60)
V, FEAT, H = 25, 10, 16


class Captioner(nn.Module):
    def __init__(self):
        super().__init__()
        self.init_h, self.init_c = nn.Linear(FEAT, H), nn.Linear(FEAT, H)
        self.att = nn.Linear(H, FEAT)
        self.embed = nn.Embedding(V, 8)
        self.cell = nn.LSTMCell(8 + FEAT, H)
        self.drop = nn.Dropout(0.5)
        self.out = nn.Linear(H, V)

    def forward(self, regions, captions):  # regions: (B, R, FEAT)
        mean = regions.mean(1)
        h, c = torch.tanh(self.init_h(mean)), torch.tanh(self.init_c(mean))
        logits = []
        for t in range(captions.shape[1] - 1):
            alpha = F.softmax((regions @ self.att(h).unsqueeze(-1)).squeeze(-1), dim=1)
            ctx = (alpha.unsqueeze(-1) * regions).sum(1)
            h, c = self.cell(torch.cat([self.embed(captions[:, t]), ctx], -1), (h, c))
            logits.append(self.out(self.drop(h)))
        return torch.stack(logits, 1)


model = Captioner()
opt = torch.optim.Adam(model.parameters(), lr=3e-3)
regions, caps = torch.randn(6, 5, FEAT), torch.randint(0, V, (6, 7))
model.eval()  # fine-tune without dropout
for step in range(4):
    logits = model(regions, caps)
    loss = F.cross_entropy(logits.reshape(-1, V), caps[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(f"step {step}: {loss.item():.4f}")
