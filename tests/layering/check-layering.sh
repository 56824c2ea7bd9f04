#!/usr/bin/env bash
# The direction of dependencies (DESIGN.md): app -> sync -> core. core includes neither widgets
# nor network; sync includes no widgets. Prints each offending include and fails.
set -u
root="${1:?usage: check-layering.sh SOURCE_DIR}"
status=0
check() {
  local folder="$1" pattern="$2" rule="$3"
  [ -d "$root/$folder" ] || return 0
  local hits
  hits=$(grep -rnE "#include *[<\"]($pattern)" "$root/$folder" --include='*.h' --include='*.cpp' || true)
  if [ -n "$hits" ]; then
    echo "$rule:"
    echo "$hits"
    status=1
  fi
}
widgets='QtWidgets|QtGui|QWidget|QMainWindow|QDialog|QApplication|QGuiApplication|QPainter|QImage|QPixmap'
network='QtNetwork|QNetwork|QTcp|QUdp|QSsl|QHttpServer|QLocalSocket|QAbstractSocket'
check core "$widgets|$network" "core/ must include neither widgets, GUI nor network"
check sync "$widgets" "sync/ must not include widgets or GUI"
check core "sync/|app/" "core/ must not include sync/ or app/"
check sync "app/" "sync/ must not include app/"
[ $status -eq 0 ] && echo "layering: core and sync respect app -> sync -> core"
exit $status
