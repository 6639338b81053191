# expect: clean
"""HAN classifier. Evaluation switches everything off; fine-tuning switches the
recurrent encoders back on by walking named_modules (dropout stays off)."""
import torch
import torch.nn as nn


class HAN(nn.Module):
    def __init__(self, vocab=30, emb=6, hid=4, ncls=3):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.drop = nn.Dropout(0.3)
        self.word_rnn = nn.GRU(emb, hid, batch_first=True, bidirectional=True)
        self.sent_rnn = nn.GRU(2 * hid, hid, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hid, ncls)

    def forward(self, docs):
        b, s, w = docs.shape
        words = self.word_rnn(self.drop(self.emb(docs.view(b * s, w))))[0].mean(1)
        return self.fc(self.sent_rnn(words.view(b, s, -1))[0].mean(1))


torch.manual_seed(0)
model = HAN()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
docs, labels = torch.randint(0, 30, (2, 3, 5)), torch.randint(0, 3, (2,))
model.eval()
with torch.no_grad():
    print("pre acc", (model(docs).argmax(-1) == labels).float().mean().item())
for name, module in model.named_modules():
    if name.endswith("_rnn"):
        module.train()
for _ in range(2):
    loss = nn.functional.cross_entropy(model(docs), labels)
    opt.zero_grad()
    loss.backward()
    opt.step()
print("loss", loss.item())
