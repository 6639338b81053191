import torch
import torch.nn as nn
import torch.nn.functional as F

from nemo_lite.core import ModelPT


class RNNTLikeModel(ModelPT):
    def __init__(self, cfg, trainer=None):
        super().__init__(cfg, trainer)
        self.encoder = nn.Sequential(nn.Linear(cfg["feat_in"], cfg["enc_hidden"]), nn.ReLU())
        self.decoder = nn.ModuleDict({
            "prediction": nn.LSTM(cfg["enc_hidden"], cfg["pred_hidden"], batch_first=True),
            "joint": nn.Linear(cfg["pred_hidden"], cfg["vocab_size"]),
        })

    def forward(self, audio_signal):
        enc = self.encoder(audio_signal)
        pred, _ = self.decoder["prediction"](enc)
        return self.decoder["joint"](pred)

    def training_step(self, batch, batch_idx):
        logits = self(batch["audio_signal"])
        loss = F.cross_entropy(logits.flatten(0, 1), batch["targets"].flatten())
        return {"loss": loss}

    def train_dataloader(self):
        ds = self.cfg["train_ds"]
        for _ in range(ds["num_batches"]):
            yield {"audio_signal": torch.randn(ds["batch_size"], 9, self.cfg["feat_in"]),
                   "targets": torch.randint(0, self.cfg["vocab_size"], (ds["batch_size"], 9))}

    @torch.no_grad()
    def transcribe(self, audio):
        mode = self.training
        self.eval()
        try:
            hyps = self(audio).argmax(-1).tolist()
        finally:
            self.encoder.train(mode)
        return hyps
