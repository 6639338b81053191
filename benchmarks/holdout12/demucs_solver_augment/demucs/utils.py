def average_metric(metric, count=1.):
    return float(metric) / count


def human_seconds(seconds, display=".2f"):
    return format(seconds, display) + " s"
