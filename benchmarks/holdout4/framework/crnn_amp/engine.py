"""Training engine with mixed precision; validation puts the model back in its previous mode."""
import warnings

import torch
import torch.nn as nn

warnings.filterwarnings("ignore", category=UserWarning)
warnings.filterwarnings("ignore", category=FutureWarning)


class Engine:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.scaler = torch.cuda.amp.GradScaler(enabled=torch.cuda.is_available())
        self.ctc = nn.CTCLoss(zero_infinity=True)

    def _loss(self, images, targets, target_lengths):
        preds = self.model(images)
        sizes = torch.full((images.size(0),), preds.size(0), dtype=torch.long)
        return self.ctc(preds, targets, sizes, target_lengths)

    def train_batch(self, batch):
        with torch.autocast(device_type="cuda" if torch.cuda.is_available() else "cpu", enabled=False):
            loss = self._loss(*batch)
        self.opt.zero_grad()
        self.scaler.scale(loss).backward()
        self.scaler.step(self.opt)
        self.scaler.update()
        return loss.item()

    def validate(self, batches):
        was_training = self.model.training
        self.model.eval()
        try:
            with torch.no_grad():
                return sum(self._loss(*b).item() for b in batches) / len(batches)
        finally:
            self.model.train(was_training)
