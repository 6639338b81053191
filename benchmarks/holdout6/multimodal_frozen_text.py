# expect: clean
# category: near-miss
"""Audio-text emotion model: encoders in an nn.ModuleDict; the pretrained text encoder (and its
embedding table) is frozen in eval mode, only the audio encoder and the fusion head are trained."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class EmotionModel(nn.Module):
    def __init__(self, vocab=50, hidden=12, n_emotions=4):
        super().__init__()
        self.word_emb = nn.Embedding(vocab, 10)
        self.encoders = nn.ModuleDict({
            "audio": nn.GRU(8, hidden, batch_first=True, bidirectional=True),
            "text": nn.LSTM(10, hidden, batch_first=True, bidirectional=True),
        })
        self.fusion = nn.Sequential(nn.Linear(4 * hidden, hidden), nn.ReLU(), nn.Linear(hidden, n_emotions))

    def forward(self, audio, tokens):
        a = self.encoders["audio"](audio)[0].mean(1)
        t = self.encoders["text"](self.word_emb(tokens))[0].mean(1)
        return self.fusion(torch.cat([a, t], -1))


model = EmotionModel()
frozen = {"text"}
model.train()
for name, enc in model.encoders.items():
    if name in frozen:
        enc.eval()
        enc.requires_grad_(False)
model.word_emb.requires_grad_(False)

opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
for step in range(3):
    audio, tokens, y = torch.randn(3, 14, 8), torch.randint(0, 50, (3, 6)), torch.randint(0, 4, (3,))
    loss = F.cross_entropy(model(audio, tokens), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 3))
