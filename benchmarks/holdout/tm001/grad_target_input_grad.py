# expect: crash
# category: grad_target
"""Adversarial training data (FGSM on the embeddings) with a frozen, eval-mode teacher."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Teacher(nn.Module):
    def __init__(self):
        super().__init__()
        self.embedding = nn.Embedding(40, 16)
        self.rnn = nn.LSTM(16, 16, batch_first=True)
        self.classifier = nn.Linear(16, 3)

    def forward_embedded(self, emb):
        return self.classifier(self.rnn(emb)[0][:, -1])


torch.manual_seed(0)
teacher = Teacher().eval()
for p in teacher.parameters():
    p.requires_grad_(False)
tokens, labels = torch.randint(0, 40, (4, 6)), torch.randint(0, 3, (4,))
emb = teacher.embedding(tokens).detach().requires_grad_(True)
loss = F.cross_entropy(teacher.forward_embedded(emb), labels)
grad_emb, = torch.autograd.grad(loss, emb)  # TM001-here
adv = emb + 0.1 * grad_emb.sign()
print(adv.shape)
