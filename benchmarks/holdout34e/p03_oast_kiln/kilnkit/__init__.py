"""kilnkit: hop-drying temperature forecasts for oast houses."""
from .models import KilnSeq2Seq, KilnEncoder, KilnDecoder
from .tuning import SiteAdapter

__all__ = ["KilnSeq2Seq", "KilnEncoder", "KilnDecoder", "SiteAdapter"]
