# expect: crash
import torch

from teasel import HeadMaturityLSTM, MiniTrainer, head_batches

if __name__ == "__main__":
    torch.manual_seed(16)
    trainer = MiniTrainer(max_epochs=2, num_sanity_val_steps=1)
    trainer.fit(HeadMaturityLSTM(), head_batches(3), head_batches(1, seed=7))
