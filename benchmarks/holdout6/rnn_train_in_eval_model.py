# expect: clean
# category: near-miss
"""Input-gradient saliency for a clinical-notes BiLSTM.

The model is put in eval mode (dropout off), but the recurrent layer alone is switched
back to training mode because cuDNN cannot run the RNN backward otherwise. The LSTM has
no dropout of its own (single layer), so its outputs are unchanged.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class NotesClassifier(nn.Module):
    def __init__(self, emb=12, hidden=10, n_labels=3):
        super().__init__()
        self.dropout = nn.Dropout(0.5)
        self.rnn = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.attn = nn.Linear(2 * hidden, 1)
        self.classify = nn.Linear(2 * hidden, n_labels)

    def forward(self, embedded):
        states, _ = self.rnn(self.dropout(embedded))
        weights = self.attn(states).softmax(1)
        return self.classify((weights * states).sum(1))


embedding = nn.Embedding(100, 12)
model = NotesClassifier()
notes = torch.randint(0, 100, (2, 15))

model.eval()
model.rnn.train()

embedded = embedding(notes).detach().requires_grad_(True)
logits = model(embedded)
target = logits.argmax(1)
logits.gather(1, target.unsqueeze(1)).sum().backward()
saliency = embedded.grad.norm(dim=-1)
for row, label in zip(saliency, target.tolist()):
    top = row.topk(3).indices.tolist()
    print(f"label {label}: most salient token positions {top}")
