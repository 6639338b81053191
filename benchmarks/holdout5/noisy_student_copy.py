# expect: crash
# category: modes_travel
"""Noisy-student self-training for intent classification: the teacher labels unlabelled utterances,
then the student is initialised as a copy of the teacher and trained on labelled + pseudo-labelled data."""
import copy

import torch
import torch.nn as nn

torch.manual_seed(26)


class UtteranceEncoder(nn.Module):
    def __init__(self, vocab=70, hidden=12, n_intents=5):
        super().__init__()
        self.embed = nn.Embedding(vocab, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.classifier = nn.Linear(2 * hidden, n_intents)

    def forward(self, ids):
        out, _ = self.lstm(self.embed(ids))
        return self.classifier(self.dropout(out.mean(1)))


def train(model, data, epochs=1, lr=3e-3):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        for x, y in data:
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return model


labelled = [(torch.randint(0, 70, (8, 9)), torch.randint(0, 5, (8,))) for _ in range(3)]
unlabelled = [torch.randint(0, 70, (8, 9)) for _ in range(3)]

teacher = train(UtteranceEncoder(), labelled, epochs=2)
for generation in range(2):
    teacher.eval()
    pseudo = []
    with torch.no_grad():
        for x in unlabelled:
            probs = teacher(x).softmax(1)
            keep = probs.max(1).values > 0.2
            pseudo.append((x[keep], probs.argmax(1)[keep]))
    student = copy.deepcopy(teacher)
    student = train(student, labelled + pseudo, epochs=1)
    print(f"generation {generation}: kept {sum(len(y) for _, y in pseudo)} pseudo labels")
    teacher = student
