# expect: crash
"""Coqui-TTS-style GAN trainer: generator + discriminator kept in a dict, eval_epoch each epoch, test_run
synthesises a sample; train_epoch puts only the generator back into train mode."""
import torch

from trainer_lite import Trainer, TrainerArgs
from tts_models.gan import setup_model

if __name__ == "__main__":
    torch.manual_seed(4)
    config = {"epochs": 2, "steps_per_epoch": 2, "run_eval": True, "test_delay_epochs": 0,
              "feat_dim": 4, "hidden": 8, "seq_len": 10, "batch_size": 2, "lr_gen": 1e-3, "lr_disc": 1e-3}
    trainer = Trainer(TrainerArgs(), config, output_path="/tmp/none", model=setup_model(config))
    trainer.fit()
    print("losses", trainer.keep_avg)
