# expect: crash
"""NeMo-style examples/asr/speech_to_text.py: ModelPT + exp_manager + a Lightning-like loop."""
import torch

from asr.models import RNNTLikeModel
from nemo_lite.core import Trainer
from nemo_lite.exp_manager import exp_manager
from nemo_lite.callbacks import LogPredictionsCallback


def main(cfg):
    trainer = Trainer(max_epochs=cfg["trainer"]["max_epochs"], callbacks=[LogPredictionsCallback(every_n=2)])
    exp_manager(trainer, cfg.get("exp_manager"))
    asr_model = RNNTLikeModel(cfg=cfg["model"], trainer=trainer)
    trainer.fit(asr_model)
    return asr_model


if __name__ == "__main__":
    torch.manual_seed(3)
    main({"trainer": {"max_epochs": 2},
          "exp_manager": {"name": "rnnt_tiny", "create_checkpoint_callback": False},
          "model": {"feat_in": 5, "enc_hidden": 8, "pred_hidden": 8, "vocab_size": 6,
                    "train_ds": {"num_batches": 3, "batch_size": 2}}})
