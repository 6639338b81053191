# expect: crash
"""Glassblowing furnace-colour classifier: distil a frozen GRU teacher into a small student.

The teacher is evaluated each step; student and teacher share the token embedding.
"""
import torch

from glass import DistillModule, MiniTrainer, build_pair


def loaders(n=3):
    return [(torch.randint(0, 30, (4, 8)), torch.randint(0, 4, (4,))) for _ in range(n)]


if __name__ == "__main__":
    torch.manual_seed(10)
    teacher, student, emb = build_pair(vocab=30, n_cls=4)
    module = DistillModule(student, teacher, emb, alpha=0.7, T=2.0)
    trainer = MiniTrainer(max_epochs=2)
    trainer.fit(module, loaders(), loaders(2))
    print("done; teacher training flag", module.teacher.training)
