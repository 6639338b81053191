import torch

from stancekit.plugins import plugin


@plugin("log_stage")
class LogStage:
    def on_stage_start(self, pipeline, stage):
        print("== stage", stage)


@plugin("pseudo_label")
class PseudoLabel:
    """Before self-training, label an unlabelled pool with the current model (dropout off)."""

    def on_stage_start(self, pipeline, stage):
        if stage != "self_train":
            return
        pipeline.model.eval()
        pool = torch.randint(0, 60, (4, 9))
        with torch.no_grad():
            pipeline.pseudo_labels = pipeline.model(pool).argmax(-1)
        pipeline.pseudo_ids = pool
