# expect: clean
"""Self-training: a teacher LSTM tagger labels unlabelled sentences, a fresh student learns from both sets."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self, vocab=40, dim=12, tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * dim, tags)

    def forward(self, x):
        return self.out(self.lstm(self.emb(x))[0])


class SelfTrainer:
    def __init__(self, make_model, threshold=0.2):
        self.make_model = make_model
        self.threshold = threshold

    def train_model(self, model, x, y, epochs=2):
        opt = torch.optim.Adam(model.parameters(), lr=5e-3)
        model.train()
        for _ in range(epochs):
            for i in range(0, len(x), 4):
                logits = model(x[i:i + 4])
                loss = F.cross_entropy(logits.flatten(0, 1), y[i:i + 4].flatten(), ignore_index=-100)
                opt.zero_grad()
                loss.backward()
                opt.step()
        return model

    def pseudo_label(self, teacher, x):
        teacher.eval()
        with torch.no_grad():
            probs = F.softmax(teacher(x), -1)
        conf, labels = probs.max(-1)
        labels[conf < self.threshold] = -100
        return labels

    def run(self, x_lab, y_lab, x_unlab, generations=2):
        teacher = self.train_model(self.make_model(), x_lab, y_lab)
        for gen in range(generations):
            pseudo = self.pseudo_label(teacher, x_unlab)
            student = self.make_model()
            x_all = torch.cat([x_lab, x_unlab])
            y_all = torch.cat([y_lab, pseudo])
            teacher = self.train_model(student, x_all, y_all)
            print(f"generation {gen}: kept {(pseudo != -100).float().mean():.2f} of pseudo tags")
        return teacher


if __name__ == "__main__":
    torch.manual_seed(0)
    x_lab, y_lab = torch.randint(0, 40, (8, 6)), torch.randint(0, 5, (8, 6))
    x_unlab = torch.randint(0, 40, (12, 6))
    SelfTrainer(Tagger).run(x_lab, y_lab, x_unlab)
