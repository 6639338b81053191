# expect: clean
# category: near-miss
"""Grad-CAM-style relevance over time steps for a document classifier, computed on the
recurrent layer's output activations (gradient taken only down to those activations)."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class DocClassifier(nn.Module):
    def __init__(self, vocab=70, emb=10, hidden=12, n_cls=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.bigru = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.conv = nn.Conv1d(2 * hidden, 2 * hidden, 3, padding=1)
        self.fc = nn.Linear(2 * hidden, n_cls)

    def features(self, tokens):
        return self.bigru(self.emb(tokens))[0]

    def classify(self, states):
        h = torch.relu(self.conv(states.transpose(1, 2))).max(2).values
        return self.fc(h)


model = DocClassifier()
model.eval()
docs = torch.randint(0, 70, (3, 12))

states = model.features(docs)
logits = model.classify(states)
target = logits.argmax(1)
score = logits.gather(1, target[:, None]).sum()
grads = torch.autograd.grad(score, states)[0]
weights = grads.mean(1, keepdim=True)
cam = torch.relu((weights * states).sum(-1))
print("relevance peaks:", cam.argmax(1).tolist())
