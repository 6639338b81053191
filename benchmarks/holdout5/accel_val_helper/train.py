# expect: crash
# category: dynamic
"""accelerate-style script: gradient accumulation, evaluation every `eval_steps` optimizer steps
through a helper module."""
import torch
import torch.nn as nn

from utils.accel import Accelerator
from utils.validation import compute_val_metrics

torch.manual_seed(17)


class IntentClassifier(nn.Module):
    def __init__(self, vocab=60, hidden=12, n_intents=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden, padding_idx=0)
        self.rnn = nn.RNN(hidden, hidden, num_layers=2, nonlinearity="relu", batch_first=True)
        self.fc = nn.Linear(hidden, n_intents)

    def forward(self, x):
        out, _ = self.rnn(self.emb(x))
        return self.fc(out[:, -1])


accelerator = Accelerator(gradient_accumulation_steps=2)
model = IntentClassifier()
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3)
train_loader = [(torch.randint(1, 60, (4, 7)), torch.randint(0, 4, (4,))) for _ in range(8)]
val_loader = [(torch.randint(1, 60, (4, 7)), torch.randint(0, 4, (4,))) for _ in range(2)]
model, optimizer, train_loader, val_loader = accelerator.prepare(model, optimizer, train_loader, val_loader)

eval_steps, completed_steps = 2, 0
model.train()
for step, (x, y) in enumerate(train_loader):
    loss = nn.functional.cross_entropy(model(x), y)
    accelerator.backward(loss)
    if (step + 1) % accelerator.gradient_accumulation_steps == 0:
        optimizer.step()
        optimizer.zero_grad()
        completed_steps += 1
        if completed_steps % eval_steps == 0:
            accelerator.print(completed_steps, compute_val_metrics(model, val_loader))
