# expect: crash
"""Glazier pane-stress classification: distil a big LSTM teacher into a student initialised from it."""
import copy
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).parent / "src"))
from glazier import REGISTRY, LiteModule, LiteTrainer  # noqa: E402


class Distiller(LiteModule):
    def __init__(self, teacher, T=2.0):
        super().__init__()
        self.teacher = teacher
        self.T = T
        self.student = copy.deepcopy(teacher)  # warm start from the teacher's weights
        for p in self.teacher.parameters():
            p.requires_grad_(False)

    def on_train_start(self):
        self.teacher.eval()

    def training_step(self, batch, batch_idx):
        x, y = batch
        with torch.no_grad():
            t_logits = self.teacher(x)
        s_logits = self.student(x)
        kd = F.kl_div(F.log_softmax(s_logits / self.T, -1), F.softmax(t_logits / self.T, -1),
                      reduction="batchmean") * self.T ** 2
        return kd + F.cross_entropy(s_logits, y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.student.parameters(), lr=1e-2)


def main():
    torch.manual_seed(7)
    teacher = REGISTRY["lstm_big"]()
    teacher.eval()
    loader = [(torch.randn(4, 5, 4), torch.randint(0, 2, (4,))) for _ in range(3)]
    LiteTrainer(max_epochs=2).fit(Distiller(teacher), loader)


if __name__ == "__main__":
    main()
