"""Sign-on's hook for PySide6.QtGui: PyInstaller's own, less the Qt plugins
the app never loads. It replaces the built-in hook (hookspath comes first),
so what a dropped plugin links (GTK, cairo, pango, QtNetwork, ...) is never
analysed or collected either, which filtering the finished bundle could not do.
"""

from fnmatch import fnmatch
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)

#: Plugins (folder/file under Qt's plugins folder) that stay out, and why.
UNUSED = (
    # GTK3 platform theme: it loads the host's GTK 3, which cannot be shipped,
    # and drags the build machine's cairo, pango, gdk-pixbuf and atk in beside
    # it. Without it Qt draws its own widgets; the xdgdesktopportal theme
    # (native file dialogs over D-Bus) stays.
    "platformthemes/*qgtk3*",
    # Input straight from /dev/input and TUIO touch over UDP: for embedded
    # devices without a window system; on a desktop input comes through xcb or
    # wayland. TUIO would also pull in QtNetwork.
    "generic/*",
    # Platforms for embedded Linux without a window system (EGLFS/KMS,
    # framebuffer, VNC, Vulkan display) and EGLFS's device integrations. A
    # desktop uses xcb or wayland; offscreen and minimal stay for headless use.
    "platforms/*qeglfs*", "platforms/*qlinuxfb*", "platforms/*qminimalegl*",
    "platforms/*qvnc*", "platforms/*qvkkhrdisplay*",
    "egldeviceintegrations/*",
)


def _used(src: str) -> bool:
    parts = PurePath(src).parts
    if "plugins" not in parts:
        return True
    relative = "/".join(parts[parts.index("plugins") + 1:])
    return not any(fnmatch(relative, pattern) for pattern in UNUSED)


binaries = [entry for entry in binaries if _used(entry[0])]
