from .models import WheelCell, WheelLSTM


def build_model(arch, **kw):
    if arch == "lstm":
        model = WheelLSTM(**kw)
    elif arch == "cell":
        model = WheelCell(**kw)
    else:
        raise ValueError(arch)
    return model
