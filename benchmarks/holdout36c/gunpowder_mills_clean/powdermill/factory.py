import copy

from .models import EdgeRunnerNet, GlazeNet


def export_state(model):
    return {"kind": model.kind, "state_dict": copy.deepcopy(model.state_dict())}


def _from_export(export):
    cls = EdgeRunnerNet if export["kind"] == EdgeRunnerNet.kind else GlazeNet
    model = cls()
    model.load_state_dict(export["state_dict"])
    return model.eval()


def build_model(stage, previous=None):
    """stage names come from the mill's run sheet."""
    if stage == "incorporate":
        return EdgeRunnerNet()
    elif stage == "glaze":
        return GlazeNet()
    elif stage == "press" and previous is not None:
        # continue from the incorporating run's export
        return _from_export(previous)
    raise ValueError(f"unknown stage {stage!r}")
