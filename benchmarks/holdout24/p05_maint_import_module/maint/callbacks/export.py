import io

import torch


class FreezeForExport:
    """Serialises an inference copy after every validation."""

    def on_validation_end(self, model, epoch, val_loss):
        model.eval()
        buf = io.BytesIO()
        torch.save(model.state_dict(), buf)
        print(f"exported {buf.tell()} bytes")
