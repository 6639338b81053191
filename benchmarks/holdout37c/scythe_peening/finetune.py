# expect: crash
"""Fine-tune the workshop's edge-wear model on one smith's strike recordings."""
import os
import tempfile

import torch

from peening import Accelerator, EdgeWearLSTM, load_for_inference, save_checkpoint


def smith_recordings(n=8, strikes=7):
    x = torch.rand(n, strikes, 5)
    return x, 10 - x[:, :, 0].sum(1)


def main():
    torch.manual_seed(14)
    fd, path = tempfile.mkstemp(suffix=".pt")
    os.close(fd)
    try:
        save_checkpoint(EdgeWearLSTM(), path)
        model = load_for_inference(path)
    finally:
        os.remove(path)

    accelerator = Accelerator(gradient_accumulation_steps=2)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model, opt = accelerator.prepare(model, opt)
    x, y = smith_recordings()
    for i in range(0, len(x), 2):
        loss = torch.nn.functional.huber_loss(model(x[i:i + 2]), y[i:i + 2])
        accelerator.backward(loss)
        if accelerator.sync_gradients:
            opt.step()
            opt.zero_grad()
        accelerator.print(f"batch {i // 2}: loss {loss.item():.3f}")


if __name__ == "__main__":
    main()
